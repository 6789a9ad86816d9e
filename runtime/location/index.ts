// The location area's wx APIs, as named exports.
export {}
