// `cem analyze` (npm run analyze, npm run build): custom-elements.json from the elements' JSDoc,
// plus the editor data made from it (VS Code html-custom-data, JetBrains web-types).
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {widgetModules} from './scripts/widget-modules.mjs';

const defineModules = Object.values(widgetModules).map((module) =>
  module === 'provider' ? 'src/context/provider.ts' : `src/components/${module}/${module}.ts`,
);

/**
 * Our define modules call `define('ijm-icon', IjmIcon)` (src/internal/define.ts), which the
 * analyser does not know: add the `custom-element-definition` export it would add for
 * `customElements.define`, so tools can tell which module defines which tag.
 */
function defineCalls() {
  return {
    name: 'ijm-define-calls',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, cls] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !cls || !ts.isIdentifier(cls)) return;
      const from = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((i) => i.importClause?.namedBindings?.elements?.some((e) => e.name.text === cls.text));
      const dir = moduleDoc.path.replace(/[^/]*$/, '');
      const module = from ? new URL(from.moduleSpecifier.text.replace(/\.js$/, '.ts'), `file:///${dir}`).pathname.slice(1) : moduleDoc.path;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({kind: 'custom-element-definition', name: tag.text, declaration: {name: cls.text, module}});
    },
  };
}

/** Module paths as shipped: the npm build mirrors `src/x.ts` as `dist/x.js` (vite.config.ts). */
function shippedPaths() {
  const toDist = (value) => value.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toDist(child);
      else walk(child);
    }
  };
  return {name: 'ijm-shipped-paths', packageLinkPhase: ({customElementsManifest}) => walk(customElementsManifest)};
}

const readme = (tag) => [{name: 'README', url: `https://www.npmjs.com/package/@ijm/widgets#${tag}`}];

export default {
  globs: ['src/components/**/*.component.ts', 'src/context/provider.component.ts', ...defineModules],
  outdir: '.',
  litelement: true,
  plugins: [
    defineCalls(),
    shippedPaths(),
    customElementVsCodePlugin({outdir: 'editor', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', referencesTemplate: (_, tag) => readme(tag)}),
    customElementJetBrainsPlugin({outdir: 'editor', webTypesFileName: 'web-types.json', packageJson: false, referenceTemplate: (_, tag) => readme(tag)[0]}),
  ],
};
