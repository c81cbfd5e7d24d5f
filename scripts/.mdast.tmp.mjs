import { mdxToMdast } from 'satteri';
const src = process.argv[2];
console.log(JSON.stringify(mdxToMdast(src), (k, v) => (k === 'position' ? undefined : v), 1));
