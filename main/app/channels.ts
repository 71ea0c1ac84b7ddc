/** IPC channel names shared by the main process and the preload. */
export const invokeChannel = 'scanline:invoke';
export const eventChannel = 'scanline:event';
