package org.polynews.cli;

/** How a command prints its result. */
enum OutputFormat { table, json }
