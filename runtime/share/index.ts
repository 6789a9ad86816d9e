// The share area's wx APIs, as named exports.
export {}
