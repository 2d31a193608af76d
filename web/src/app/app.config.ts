import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideStore } from '@ngrx/store';
import { appRoutes } from './app.routes';
import { provideApiHttpClient } from './auth/api-http.providers';
import { provideAuth } from './auth/auth.providers';
import { provideI18n } from './i18n/i18n.providers';
import { provideConsoleIcons } from './shell/console-icons';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideApiHttpClient(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideStore(),
    provideAuth(),
    provideI18n(),
    provideConsoleIcons(),
  ],
};
