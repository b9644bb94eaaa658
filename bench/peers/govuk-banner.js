// GOV.UK Frontend's notification banner: its markup, then its JavaScript component.
import { NotificationBanner } from 'govuk-frontend';
import { notificationBanner, supported } from './markup.js';

/** For a banner already in the page's HTML. */
export function enhance(el) {
  supported();
  new NotificationBanner(el);
}

export function mount(root, { banner }) {
  root.insertAdjacentHTML('beforeend', notificationBanner(banner));
  enhance(root.lastElementChild);
}
