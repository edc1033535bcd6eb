import { createContext, useContext } from 'react';

/** The set new annotations go into (the analyst's name, else "default"), for every place that tags. */
export const AnnotationSetContext = createContext('default');

export const useAnnotationSet = () => useContext(AnnotationSetContext);
