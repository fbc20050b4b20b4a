"""One module per namespace of `BooksApi`, generated: do not edit."""
