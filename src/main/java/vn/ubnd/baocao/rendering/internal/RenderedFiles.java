package vn.ubnd.baocao.rendering.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The files last rendered, by the document they were rendered from, up to a total size in bytes; the least recently
 * used go first. A renderer whose output depends on the document alone asks here first: the same document is not
 * rendered again (a council reviewer and a chair opening the PDF of the same submitted report). The key must be a
 * value (equal documents render equally), immutable while it is a key. Thread-safe; every caller gets its own copy.
 *
 * @param <K> the document
 */
public final class RenderedFiles<K> {

	private final long capacity;

	private final LinkedHashMap<K, byte[]> files = new LinkedHashMap<>(16, 0.75f, true);

	private long size;

	private long hits;

	private long misses;

	/** @param capacity the most bytes kept; 0 keeps nothing */
	public RenderedFiles(long capacity) {
		if (capacity < 0) {
			throw new IllegalArgumentException("capacity < 0: " + capacity);
		}
		this.capacity = capacity;
	}

	/**
	 * The file of {@code document}: the one kept if an equal document was rendered before, otherwise
	 * {@code render}'s, kept for the next caller if it fits. Two callers missing at once both render.
	 */
	public byte[] get(K document, Function<? super K, byte[]> render) {
		synchronized (this) {
			byte[] kept = this.files.get(document);
			if (kept != null) {
				this.hits++;
				return kept.clone();
			}
			this.misses++;
		}
		byte[] file = render.apply(document);
		if (file.length <= this.capacity) {
			keep(document, file.clone());
		}
		return file;
	}

	private synchronized void keep(K document, byte[] file) {
		byte[] previous = this.files.put(document, file);
		this.size += file.length - ((previous != null) ? previous.length : 0);
		Iterator<Map.Entry<K, byte[]>> eldest = this.files.entrySet().iterator();
		while (this.size > this.capacity && eldest.hasNext()) {
			this.size -= eldest.next().getValue().length;
			eldest.remove();
		}
	}

	/** The bytes kept now. */
	public synchronized long size() {
		return this.size;
	}

	/** How many documents are kept now. */
	public synchronized int count() {
		return this.files.size();
	}

	/** How many calls found their document kept. */
	public synchronized long hits() {
		return this.hits;
	}

	/** How many calls rendered. */
	public synchronized long misses() {
		return this.misses;
	}

}
