// projen `nextVersionCommand`: the first release (no release tag yet; LATEST_TAG is empty) is 0.1.0,
// the first real version, instead of the 0.0.0 placeholder in package.json. After that, nothing
// is printed and the conventional commits since the last tag decide (feat: minor, fix: patch).
process.stdout.write(process.env.LATEST_TAG ? '' : 'minor');
