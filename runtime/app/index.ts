// The app area's wx APIs, as named exports.
export {}
