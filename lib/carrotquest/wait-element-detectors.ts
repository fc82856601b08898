// `@1natsu/wait-element/detectors`, in the page's world (see wait-element.ts).
export { isExist, isNotExist } from './wait-element';
