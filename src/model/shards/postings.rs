//! Posting lists: which ranks (positions in one sort order) a token, stack or
//! difficulty has, stored in whichever of two encodings is smaller, and packed
//! several to a file.
//!
//! Hand-written rather than a roaring-bitmap crate: queries need only decode, OR, AND
//! and select, a few hundred lines of a crate would land in the app's wasm, and the
//! encoding is part of a documented, versioned file format (docs/index-shards.md).
//!
//! A pack file is the header `alphanode.index-shards/1 {build}\n` followed by
//! `varint count`, then per list `varint id, varint length, list bytes`. A list is
//! `0, varint n, varint first, varint (gap − 1)…` (sparse) or `1, ⌈posts / 8⌉ bytes`
//! of little-endian bits (dense).

/// A set of ranks below `len`, one bit each: a million posts take 125 KB, and OR, AND
/// and counting are word-wide loops.
///
/// ```
/// use alphanode_widgets::model::shards::Bitset;
/// let mut a = Bitset::new(100);
/// a.insert(3);
/// a.insert(70);
/// assert_eq!((a.count(), a.ranks(1, 5)), (2, vec![70]));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bitset {
    words: Vec<u64>,
    len: usize,
}

impl Bitset {
    /// An empty set over `len` ranks.
    pub fn new(len: usize) -> Self {
        Self {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Every rank below `len`.
    pub fn full(len: usize) -> Self {
        let mut set = Self {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        let spare = set.words.len() * 64 - len;
        if let Some(last) = set.words.last_mut() {
            if spare > 0 {
                *last = u64::MAX >> spare;
            }
        }
        set
    }

    /// Add a rank (ignored when out of range).
    pub fn insert(&mut self, rank: usize) {
        if rank < self.len {
            if let Some(w) = self.words.get_mut(rank / 64) {
                *w |= 1 << (rank % 64);
            }
        }
    }

    /// Keep only the ranks also in `other`.
    pub fn and(&mut self, other: &Bitset) {
        for (a, b) in self
            .words
            .iter_mut()
            .zip(other.words.iter().chain(std::iter::repeat(&0)))
        {
            *a &= b;
        }
    }

    /// Add the ranks of `other`.
    pub fn or(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// How many ranks are in the set.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The `n`th…(`n + take − 1`)th ranks in the set, in order.
    pub fn ranks(&self, skip: usize, take: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(take.min(1024));
        let mut to_skip = skip;
        for (i, &word) in self.words.iter().enumerate() {
            if out.len() >= take {
                break;
            }
            let ones = word.count_ones() as usize;
            if to_skip >= ones {
                to_skip -= ones;
                continue;
            }
            let mut w = word;
            while w != 0 && out.len() < take {
                let bit = w.trailing_zeros() as usize;
                w &= w - 1;
                if to_skip > 0 {
                    to_skip -= 1;
                } else {
                    out.push(i * 64 + bit);
                }
            }
        }
        out
    }
}

fn push_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads a pack; every read is checked, since a fragment may be truncated.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    pub(crate) fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at)?;
            self.at += 1;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    pub(crate) fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

/// Encode sorted, distinct ranks below `len`, in the smaller encoding.
pub(crate) fn encode(ranks: &[u32], len: usize) -> Vec<u8> {
    let mut sparse = Vec::with_capacity(ranks.len() + 8);
    sparse.push(0);
    push_varint(&mut sparse, ranks.len() as u64);
    let mut previous: Option<u32> = None;
    for &r in ranks {
        let value = match previous {
            None => u64::from(r),
            Some(p) => u64::from(r.saturating_sub(p).saturating_sub(1)),
        };
        push_varint(&mut sparse, value);
        previous = Some(r);
    }
    let dense_len = 1 + len.div_ceil(8);
    if sparse.len() <= dense_len {
        return sparse;
    }
    let mut dense = vec![0u8; dense_len];
    if let Some(kind) = dense.first_mut() {
        *kind = 1;
    }
    for &r in ranks {
        let r = r as usize;
        if let Some(b) = dense.get_mut(1 + r / 8) {
            *b |= 1 << (r % 8);
        }
    }
    dense
}

/// Decode a list over `len` ranks; `None` when it is malformed or out of range.
pub(crate) fn decode(bytes: &[u8], len: usize) -> Option<Bitset> {
    let mut set = Bitset::new(len);
    let mut r = Reader::new(bytes);
    match r.take(1)?.first()? {
        0 => {
            let n = r.varint()?;
            let mut rank: Option<u64> = None;
            for _ in 0..n {
                let v = r.varint()?;
                let next = match rank {
                    None => v,
                    Some(p) => p.checked_add(v)?.checked_add(1)?,
                };
                if next >= len as u64 {
                    return None;
                }
                set.insert(next as usize);
                rank = Some(next);
            }
        }
        1 => {
            let bits = r.take(len.div_ceil(8))?;
            for (i, chunk) in bits.chunks(8).enumerate() {
                let mut word = [0u8; 8];
                word.get_mut(..chunk.len())?.copy_from_slice(chunk);
                *set.words.get_mut(i)? = u64::from_le_bytes(word);
            }
            // Bits past the end would be ranks that do not exist.
            let spare = set.words.len() * 64 - len;
            if spare > 0 && set.words.last().is_some_and(|w| w >> (64 - spare) != 0) {
                return None;
            }
        }
        _ => return None,
    }
    r.is_done().then_some(set)
}

/// The header every pack starts with.
pub(crate) fn pack_header(build: &str) -> String {
    format!("{} {build}\n", super::SHARDS_FORMAT)
}

/// A pack of lists, by id.
pub(crate) fn encode_pack(build: &str, lists: &[(u32, Vec<u8>)]) -> Vec<u8> {
    let mut out = pack_header(build).into_bytes();
    push_varint(&mut out, lists.len() as u64);
    for (id, bytes) in lists {
        push_varint(&mut out, u64::from(*id));
        push_varint(&mut out, bytes.len() as u64);
        out.extend_from_slice(bytes);
    }
    out
}

/// Why a pack could not be read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PackError {
    /// Another format or build (a stale cache, or files of two builds mixed).
    Header(String),
    /// Cut short or malformed.
    Broken,
    /// The list is not in the pack.
    Missing,
}

/// The list with `id` in a pack, decoded.
pub(crate) fn read_pack(
    bytes: &[u8],
    build: &str,
    id: u32,
    len: usize,
) -> Result<Bitset, PackError> {
    let header = pack_header(build);
    let Some(rest) = bytes.strip_prefix(header.as_bytes()) else {
        let line_end = bytes
            .iter()
            .position(|b| *b == b'\n')
            .unwrap_or(bytes.len())
            .min(80);
        let seen = String::from_utf8_lossy(bytes.get(..line_end).unwrap_or_default()).into_owned();
        return Err(PackError::Header(seen));
    };
    let mut r = Reader::new(rest);
    let n = r.varint().ok_or(PackError::Broken)?;
    let mut found = None;
    for _ in 0..n {
        let this = r.varint().ok_or(PackError::Broken)?;
        let size =
            usize::try_from(r.varint().ok_or(PackError::Broken)?).map_err(|_| PackError::Broken)?;
        let list = r.take(size).ok_or(PackError::Broken)?;
        if this == u64::from(id) {
            found = Some(list);
        }
    }
    if !r.is_done() {
        return Err(PackError::Broken);
    }
    decode(found.ok_or(PackError::Missing)?, len).ok_or(PackError::Broken)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(len: usize, ranks: &[u32]) -> Bitset {
        let mut s = Bitset::new(len);
        for r in ranks {
            s.insert(*r as usize);
        }
        s
    }

    #[test]
    fn both_encodings_round_trip() {
        let sparse = [3u32, 4, 900, 999];
        let bytes = encode(&sparse, 1000);
        assert_eq!(bytes[0], 0);
        assert_eq!(decode(&bytes, 1000), Some(set(1000, &sparse)));
        let dense: Vec<u32> = (0..1000).filter(|r| r % 3 != 0).collect();
        let bytes = encode(&dense, 1000);
        assert_eq!(bytes[0], 1);
        assert_eq!(bytes.len(), 1 + 125);
        assert_eq!(decode(&bytes, 1000), Some(set(1000, &dense)));
        assert_eq!(decode(&encode(&[], 10), 10).map(|s| s.count()), Some(0));
    }

    #[test]
    fn malformed_lists_are_refused() {
        let bytes = encode(&[1, 5, 9], 10);
        assert_eq!(decode(&bytes[..bytes.len() - 1], 10), None, "truncated");
        assert_eq!(decode(&bytes, 9), None, "a rank past the end");
        let mut extra = bytes.clone();
        extra.push(0);
        assert_eq!(decode(&extra, 10), None, "trailing bytes");
        let mut dense = encode(&(0..10).collect::<Vec<_>>(), 10);
        dense[2] |= 0x80; // rank 15 of 10
        assert_eq!(decode(&dense, 10), None);
        assert_eq!(decode(&[7], 10), None, "unknown encoding");
    }

    #[test]
    fn packs_check_their_header_and_length() {
        let pack = encode_pack("b1", &[(4, encode(&[1, 2], 8)), (9, encode(&[7], 8))]);
        assert_eq!(read_pack(&pack, "b1", 9, 8), Ok(set(8, &[7])));
        assert_eq!(read_pack(&pack, "b1", 5, 8), Err(PackError::Missing));
        assert!(matches!(
            read_pack(&pack, "b2", 9, 8),
            Err(PackError::Header(_))
        ));
        assert_eq!(
            read_pack(&pack[..pack.len() - 1], "b1", 4, 8),
            Err(PackError::Broken)
        );
    }

    #[test]
    fn set_operations() {
        let mut a = set(130, &[0, 64, 65, 129]);
        let b = set(130, &[64, 129, 5]);
        let mut c = a.clone();
        c.or(&b);
        a.and(&b);
        assert_eq!(a.ranks(0, 10), [64, 129]);
        assert_eq!(c.count(), 5);
        assert_eq!(c.ranks(2, 2), [64, 65]);
        assert_eq!(Bitset::full(130).count(), 130);
        assert_eq!(Bitset::full(128).count(), 128);
    }
}
