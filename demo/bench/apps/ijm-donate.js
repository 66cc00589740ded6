// One donate widget in a Vite app (issue 15's third row).
import '@ijm/widgets/donate-cta.js';
