export {builtinIcons} from '../src/components/icon/icon-set.generated.ts';
