// vanilla-cookieconsent as a campaign banner: its consent modal with a title, a message and two buttons.
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';

export async function mount(root, { banner }) {
  await CookieConsent.run({
    root,
    hideFromBots: false, // otherwise it never shows in an automated browser (navigator.webdriver)
    categories: { necessary: { enabled: true, readOnly: true } },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: { title: banner.heading, description: banner.message, acceptAllBtn: banner.action, acceptNecessaryBtn: 'Dismiss' },
          preferencesModal: { title: banner.heading, sections: [] },
        },
      },
    },
  });
}
