import { type EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import accountCircle from '@material-design-icons/svg/outlined/account_circle.svg';
import accountTree from '@material-design-icons/svg/outlined/account_tree.svg';
import adminPanelSettings from '@material-design-icons/svg/outlined/admin_panel_settings.svg';
import arrowBack from '@material-design-icons/svg/outlined/arrow_back.svg';
import assessment from '@material-design-icons/svg/outlined/assessment.svg';
import block from '@material-design-icons/svg/outlined/block.svg';
import cancel from '@material-design-icons/svg/outlined/cancel.svg';
import checkCircle from '@material-design-icons/svg/outlined/check_circle.svg';
import chevronRight from '@material-design-icons/svg/outlined/chevron_right.svg';
import close from '@material-design-icons/svg/outlined/close.svg';
import cloud from '@material-design-icons/svg/outlined/cloud.svg';
import construction from '@material-design-icons/svg/outlined/construction.svg';
import contentCopy from '@material-design-icons/svg/outlined/content_copy.svg';
import dashboard from '@material-design-icons/svg/outlined/dashboard.svg';
import devices from '@material-design-icons/svg/outlined/devices.svg';
import download from '@material-design-icons/svg/outlined/download.svg';
import edit from '@material-design-icons/svg/outlined/edit.svg';
import error from '@material-design-icons/svg/outlined/error.svg';
import factCheck from '@material-design-icons/svg/outlined/fact_check.svg';
import gppBad from '@material-design-icons/svg/outlined/gpp_bad.svg';
import hub from '@material-design-icons/svg/outlined/hub.svg';
import lan from '@material-design-icons/svg/outlined/lan.svg';
import list from '@material-design-icons/svg/outlined/list.svg';
import lockOpen from '@material-design-icons/svg/outlined/lock_open.svg';
import lockReset from '@material-design-icons/svg/outlined/lock_reset.svg';
import logout from '@material-design-icons/svg/outlined/logout.svg';
import manageAccounts from '@material-design-icons/svg/outlined/manage_accounts.svg';
import menu from '@material-design-icons/svg/outlined/menu.svg';
import mergeType from '@material-design-icons/svg/outlined/merge_type.svg';
import moreVert from '@material-design-icons/svg/outlined/more_vert.svg';
import notifications from '@material-design-icons/svg/outlined/notifications.svg';
import openInNew from '@material-design-icons/svg/outlined/open_in_new.svg';
import password from '@material-design-icons/svg/outlined/password.svg';
import personAdd from '@material-design-icons/svg/outlined/person_add.svg';
import phonelinkLock from '@material-design-icons/svg/outlined/phonelink_lock.svg';
import policy from '@material-design-icons/svg/outlined/policy.svg';
import radioButtonUnchecked from '@material-design-icons/svg/outlined/radio_button_unchecked.svg';
import refresh from '@material-design-icons/svg/outlined/refresh.svg';
import search from '@material-design-icons/svg/outlined/search.svg';
import translate from '@material-design-icons/svg/outlined/translate.svg';
import verified from '@material-design-icons/svg/outlined/verified.svg';
import verifiedUser from '@material-design-icons/svg/outlined/verified_user.svg';
import visibility from '@material-design-icons/svg/outlined/visibility.svg';

/**
 * Material icons inlined at build time (Apache-2.0, @material-design-icons/svg): the extranet
 * has no internet, so no icon font can be fetched from a CDN.
 */
const CONSOLE_ICONS: Record<string, string> = {
  account_circle: accountCircle,
  account_tree: accountTree,
  admin_panel_settings: adminPanelSettings,
  arrow_back: arrowBack,
  assessment,
  block,
  cancel,
  check_circle: checkCircle,
  chevron_right: chevronRight,
  close,
  cloud,
  construction,
  content_copy: contentCopy,
  dashboard,
  devices,
  download,
  edit,
  error,
  fact_check: factCheck,
  gpp_bad: gppBad,
  hub,
  lan,
  list,
  lock_open: lockOpen,
  lock_reset: lockReset,
  logout,
  manage_accounts: manageAccounts,
  menu,
  merge_type: mergeType,
  more_vert: moreVert,
  notifications,
  open_in_new: openInNew,
  password,
  person_add: personAdd,
  phonelink_lock: phonelinkLock,
  policy,
  radio_button_unchecked: radioButtonUnchecked,
  refresh,
  search,
  translate,
  verified,
  verified_user: verifiedUser,
  visibility,
};

function registerConsoleIcons(): void {
  const registry = inject(MatIconRegistry);
  const sanitizer = inject(DomSanitizer);
  for (const [name, svg] of Object.entries(CONSOLE_ICONS)) {
    // Trusted: the SVGs come from a pinned npm package at build time, never from users.
    registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
  }
}

export function provideConsoleIcons(): EnvironmentProviders {
  return provideAppInitializer(registerConsoleIcons);
}
