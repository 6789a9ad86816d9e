// The media area's wx APIs, as named exports.
export {}
