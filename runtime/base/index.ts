// The base area's wx APIs, as named exports.
export {}
