"""libyamap: the command line that ties the gazetteer, extractor, store and dashboard."""
