// The file area's wx APIs, as named exports.
export {}
