// The one refusal format lives in src/lib/ (the site's readers of generated files refuse with it too); scripts import it from here.
export { InputError, type Where } from '../../src/lib/input-error.ts';
