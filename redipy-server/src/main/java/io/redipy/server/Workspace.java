package io.redipy.server;

/**
 * The arrays a connection decodes from and encodes into, owned by one thread and shared
 * by the connections that run on it: safe because a connection uses them only while that
 * thread handles it, and leaves in them nothing another connection could see.
 */
final class Workspace {

	/** What the scratch keeps between batches; a larger one is dropped. */
	private static final int SCRATCH_KEPT = 1024 * 1024;

	/** What was read, for the decoder. */
	final byte[] readArray;

	/** Where replies are encoded. */
	final ByteSink scratch = new ByteSink(8192);

	Workspace(int readSize) {
		this.readArray = new byte[readSize];
	}

	/** Returns the scratch emptied, dropping an array one large batch grew. */
	void trimScratch() {
		if (this.scratch.size() == 0) {
			this.scratch.reset(SCRATCH_KEPT);
		}
	}

}
