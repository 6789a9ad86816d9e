// The media area's wx APIs, as named exports.
export { getBackgroundAudioManager } from './background-audio'
export { chooseImage } from './choose-image'
export { chooseMedia } from './choose-media'
export { compressImage, getImageInfo } from './image-info'
export { createInnerAudioContext } from './inner-audio-context'
export { previewImage } from './preview-image'
export { saveImageToPhotosAlbum, saveVideoToPhotosAlbum } from './save-to-album'
export { createVideoContext } from './video-context'
