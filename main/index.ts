import { app, dialog } from 'electron';
import { startApp } from './shell/app';

startApp().catch((error: unknown) => {
  dialog.showErrorBox('Gloss could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
