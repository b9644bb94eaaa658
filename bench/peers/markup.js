// Markup the peers' docs ask a page to write (what a server would send), filled with our content.
export const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

let banners = 0;
export const notificationBanner = ({ heading, message, action }) => {
  const id = `govuk-notification-banner-title-${++banners}`;
  return `<div class="govuk-notification-banner" role="region" aria-labelledby="${id}" data-module="govuk-notification-banner">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="${id}">Important</h2></div>
  <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${esc(heading)}</p><p class="govuk-body">${esc(message)} <a class="govuk-notification-banner__link" href="#sessions">${esc(action)}</a></p></div>
</div>`;
};

export const exitThisPage = ({ href, label }) => `<div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
  <a href="${esc(href)}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> ${esc(label)}</a>
</div>`;

/** GOV.UK's page template marks the body once JavaScript runs; its components do nothing without it. */
export const supported = () => document.body.classList.add('govuk-frontend-supported');
