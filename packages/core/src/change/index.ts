export {};
export { financialYearStart } from './financial-year.js';
