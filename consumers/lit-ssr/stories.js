// Runs before the rail's module: the stories the server rendered, as a property, so the rail
// hydrates with the same content.
const rail = document.querySelector('ijm-related-stories');
if (rail) rail.stories = JSON.parse(document.getElementById('stories').textContent);
