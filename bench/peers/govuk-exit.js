// GOV.UK Frontend's "Exit this page": its markup, then its JavaScript component.
import { ExitThisPage } from 'govuk-frontend';
import { exitThisPage, supported } from './markup.js';

export function mount(root, { exit }) {
  supported();
  root.insertAdjacentHTML('beforeend', exitThisPage(exit));
  new ExitThisPage(root.lastElementChild);
}
