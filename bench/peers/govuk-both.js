// GOV.UK Frontend's notification banner and "Exit this page" in one bundle, as a site using both ships them.
import { ExitThisPage, NotificationBanner } from 'govuk-frontend';
import { exitThisPage, notificationBanner, supported } from './markup.js';

export function mountBanner(root, { banner }) {
  supported();
  root.insertAdjacentHTML('beforeend', notificationBanner(banner));
  new NotificationBanner(root.lastElementChild);
}

export function mountExit(root, { exit }) {
  supported();
  root.insertAdjacentHTML('beforeend', exitThisPage(exit));
  new ExitThisPage(root.lastElementChild);
}

export const mount = mountBanner;
