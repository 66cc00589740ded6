/**
 * Every tag in React 19's JSX: its attributes, properties (`stories`) and `on<event>` handlers
 * typed with the event (`onijm-donate`). The props are generated from custom-elements.json
 * (jsx.generated.ts); this declares them to React. Every define module and the root entry's types
 * reference this file, so importing a widget module (or `import type {} from '@ijm/widgets'`) is
 * all a React app needs. Types only: no code, and no error in a project without React.
 */
import type {CustomElements} from './jsx.generated.js';

export type {CustomElements as IjmJsxElements};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
