package io.redipy.autoconfigure.spring.repository;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.redis.core.RedisHash;
import org.springframework.data.redis.core.TimeToLive;
import org.springframework.data.redis.core.index.Indexed;

/**
 * A Spring Data Redis entity: a hash per book, a secondary index on the author, and a
 * time to live per book.
 */
@RedisHash("books")
public class Book {

	@Id
	private @Nullable String id;

	@Indexed
	private @Nullable String author;

	private @Nullable String title;

	@TimeToLive
	private @Nullable Long ttlSeconds;

	/**
	 * Makes an empty book (for Spring Data's mapping).
	 */
	public Book() {
	}

	/**
	 * Makes a book.
	 * @param id the id
	 * @param author the author, indexed
	 * @param title the title
	 * @param ttlSeconds the time to live in seconds, or {@code null} for none
	 */
	public Book(String id, String author, String title, @Nullable Long ttlSeconds) {
		this.id = id;
		this.author = author;
		this.title = title;
		this.ttlSeconds = ttlSeconds;
	}

	/**
	 * Returns the id.
	 * @return the id
	 */
	public @Nullable String getId() {
		return this.id;
	}

	/**
	 * Sets the id.
	 * @param id the id
	 */
	public void setId(@Nullable String id) {
		this.id = id;
	}

	/**
	 * Returns the author.
	 * @return the author
	 */
	public @Nullable String getAuthor() {
		return this.author;
	}

	/**
	 * Sets the author.
	 * @param author the author
	 */
	public void setAuthor(@Nullable String author) {
		this.author = author;
	}

	/**
	 * Returns the title.
	 * @return the title
	 */
	public @Nullable String getTitle() {
		return this.title;
	}

	/**
	 * Sets the title.
	 * @param title the title
	 */
	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	/**
	 * Returns the time to live in seconds.
	 * @return the time to live, or {@code null}
	 */
	public @Nullable Long getTtlSeconds() {
		return this.ttlSeconds;
	}

	/**
	 * Sets the time to live in seconds.
	 * @param ttlSeconds the time to live, or {@code null}
	 */
	public void setTtlSeconds(@Nullable Long ttlSeconds) {
		this.ttlSeconds = ttlSeconds;
	}

}
