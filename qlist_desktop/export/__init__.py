"""The 四个一 submission bundle: assembling, writing safely to USB, and verifying it."""
