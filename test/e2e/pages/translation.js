// What a deployer writes to add a language: no rebuild, only the built CDN file and a document.
import { registerTranslation } from '/dist/cdn/cop-widgets.js';

const response = await fetch('/test/fixtures/translation-de.json');
registerTranslation(await response.json());
document.documentElement.dataset.translated = 'de';
