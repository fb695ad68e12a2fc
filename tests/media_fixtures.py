"""Generated test images (shapes, gradients, text renders; never real material) and the
transformations a copy goes through on its way around the internet."""

from __future__ import annotations

import io
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageOps


def make_image(seed: int, size: tuple[int, int] = (480, 360)) -> Image.Image:
    """A deterministic picture: a plain background, 40 overlapping shapes and a line of text
    (enough texture for PDQ quality 100; smooth gradients hash at low quality)."""
    rng = np.random.default_rng(seed)
    w, h = size
    img = Image.new("RGB", size, tuple(int(v) for v in rng.integers(0, 256, 3)))
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x0, y0 = int(rng.integers(0, w - 20)), int(rng.integers(0, h - 20))
        x1, y1 = x0 + int(rng.integers(20, w // 3)), y0 + int(rng.integers(20, h // 3))
        fill = tuple(int(v) for v in rng.integers(0, 256, 3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)((x0, y0, x1, y1), fill=fill)
    draw.text((int(rng.integers(5, w // 3)), int(rng.integers(5, h - 20))), f"sample {seed}", fill=(255, 255, 255))
    return img


def encode(img: Image.Image, fmt: str = "PNG", **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _crop(img: Image.Image, frac: float = 0.01) -> Image.Image:
    w, h = img.size
    dx, dy = int(w * frac), int(h * frac)
    return img.crop((dx, dy, w - dx, h - dy))


#: name -> transformation; each must still match the original
TRANSFORMS: dict[str, Callable[[Image.Image], bytes]] = {
    "identical_png": lambda im: encode(im),
    "resize_half": lambda im: encode(im.resize((im.width // 2, im.height // 2))),
    "resize_up": lambda im: encode(im.resize((im.width * 2, im.height * 2))),
    "jpeg_q90": lambda im: encode(im, "JPEG", quality=90),
    "jpeg_q50": lambda im: encode(im, "JPEG", quality=50),
    "jpeg_q20": lambda im: encode(im, "JPEG", quality=20),
    "crop_1pct": lambda im: encode(_crop(im)),  # PDQ is crop-sensitive: 2% already reaches 26-42 bits
    "brighter": lambda im: encode(ImageEnhance.Brightness(im).enhance(1.25)),
    "more_contrast": lambda im: encode(ImageEnhance.Contrast(im).enhance(1.3)),
    "mirror": lambda im: encode(ImageOps.mirror(im)),
    "flip": lambda im: encode(ImageOps.flip(im)),
    "rotate_90": lambda im: encode(im.rotate(90, expand=True)),
    "grayscale_webp": lambda im: encode(im.convert("L"), "WEBP", quality=80),
}
