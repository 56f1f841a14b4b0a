// Entry point for running the command from source (tests, ts-node); bin/cloudaudit-import runs lib/.
import { main } from './cli';

main(process.argv.slice(2));
