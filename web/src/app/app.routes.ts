import type { Routes } from '@angular/router';
import { PLANNED_DOMAINS } from './shell/nav-items';
import { NotFoundPage } from './shell/not-found-page';
import { PlannedPage } from './shell/planned-page';

export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'links' },
  { path: 'links', loadChildren: () => import('./links/links.routes').then((m) => m.linksRoutes) },
  ...PLANNED_DOMAINS.map((domain) => ({
    path: domain,
    component: PlannedPage,
    title: `nav.${domain}`,
    data: { domain },
  })),
  { path: '**', component: NotFoundPage, title: 'notFound.title' },
];
