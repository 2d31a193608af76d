import { type EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import accountTree from '@material-design-icons/svg/outlined/account_tree.svg';
import adminPanelSettings from '@material-design-icons/svg/outlined/admin_panel_settings.svg';
import arrowBack from '@material-design-icons/svg/outlined/arrow_back.svg';
import assessment from '@material-design-icons/svg/outlined/assessment.svg';
import chevronRight from '@material-design-icons/svg/outlined/chevron_right.svg';
import close from '@material-design-icons/svg/outlined/close.svg';
import cloud from '@material-design-icons/svg/outlined/cloud.svg';
import construction from '@material-design-icons/svg/outlined/construction.svg';
import dashboard from '@material-design-icons/svg/outlined/dashboard.svg';
import error from '@material-design-icons/svg/outlined/error.svg';
import hub from '@material-design-icons/svg/outlined/hub.svg';
import lan from '@material-design-icons/svg/outlined/lan.svg';
import list from '@material-design-icons/svg/outlined/list.svg';
import menu from '@material-design-icons/svg/outlined/menu.svg';
import mergeType from '@material-design-icons/svg/outlined/merge_type.svg';
import notifications from '@material-design-icons/svg/outlined/notifications.svg';
import openInNew from '@material-design-icons/svg/outlined/open_in_new.svg';
import refresh from '@material-design-icons/svg/outlined/refresh.svg';
import search from '@material-design-icons/svg/outlined/search.svg';
import translate from '@material-design-icons/svg/outlined/translate.svg';

/**
 * Material icons inlined at build time (Apache-2.0, @material-design-icons/svg): the extranet
 * has no internet, so no icon font can be fetched from a CDN.
 */
const CONSOLE_ICONS: Record<string, string> = {
  account_tree: accountTree,
  admin_panel_settings: adminPanelSettings,
  arrow_back: arrowBack,
  assessment,
  chevron_right: chevronRight,
  close,
  cloud,
  construction,
  dashboard,
  error,
  hub,
  lan,
  list,
  menu,
  merge_type: mergeType,
  notifications,
  open_in_new: openInNew,
  refresh,
  search,
  translate,
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
