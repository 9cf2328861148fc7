package io.redipy.autoconfigure.spring.repository;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/**
 * The books, with a finder derived from its name (through the author index).
 */
public interface BookRepository extends CrudRepository<Book, String> {

	/**
	 * Finds the books of an author.
	 * @param author the author
	 * @return the books
	 */
	List<Book> findByAuthor(String author);

}
