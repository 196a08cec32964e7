// Holds the Qt resources of resources/ (icons) in a library the window links.
