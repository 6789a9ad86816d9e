// The open area's wx APIs, as named exports.
export {}
