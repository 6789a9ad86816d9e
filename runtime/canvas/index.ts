// The canvas area's wx APIs, as named exports.
export {}
