// The ui area's wx APIs, as named exports.
export {}
