// The widget measured, the way a web team imports it.
import '@ijm/widgets/article-card.js';
