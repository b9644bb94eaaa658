// The npm build beside the CDN file: the CDN file registered the cop-* tags first, so the npm
// copy's registrations stood aside. A page (or a micro-frontend) that wants the npm copy's elements
// too registers its unregistered classes under tags of its own, as api.md allows.
import * as npm from '/dist/classes.js';

const classes = {
  'npm-campaign-banner': npm.CopCampaignBanner,
  'npm-quick-exit': npm.CopQuickExit,
  'npm-tip-carousel': npm.CopTipCarousel,
  'npm-risk-quiz': npm.CopRiskQuiz,
  'npm-helpline-finder': npm.CopHelplineFinder,
};
for (const [tag, element] of Object.entries(classes)) customElements.define(tag, element);
document.documentElement.dataset.npmCopy = npm.VERSION;
