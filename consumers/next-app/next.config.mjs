// The consumer test installs the package in a parent folder's node_modules.
export default {turbopack: {root: new URL('..', import.meta.url).pathname}, outputFileTracingRoot: new URL('..', import.meta.url).pathname};
