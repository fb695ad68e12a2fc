"""Known-media matching: PDQ hashes of attachments against named hash banks.

The image bytes are hashed in memory and dropped (:mod:`.pdq`); only the 256-bit hash
travels on with the message. :mod:`.banks` holds the banks and their indexes (Meta's
``threatexchange`` PDQ multi-index-hashing index over faiss) and answers which entries
lie within each bank's Hamming distance; :mod:`..detectors.media` turns matches into
signals like any other detector's.
"""

from .banks import Bank, BankEntry, HashBanks, MediaMatch, parse_bank_file
from .pdq import MediaError, MediaHash, hash_image, validate_pdq

__all__ = ["Bank", "BankEntry", "HashBanks", "MediaError", "MediaHash", "MediaMatch", "hash_image", "parse_bank_file",
           "validate_pdq"]
