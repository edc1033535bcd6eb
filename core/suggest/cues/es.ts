import type { CueList } from './cue-list';

export const SPANISH: CueList = {
  reporting: [
    'dijo', 'dice', 'afirmó', 'afirma', 'declaró', 'declara', 'añadió', 'añade', 'agregó', 'agrega', 'explicó', 'explica',
    'señaló', 'señala', 'indicó', 'indica', 'aseguró', 'asegura', 'advirtió', 'advierte', 'subrayó', 'subraya', 'destacó',
    'destaca', 'anunció', 'anuncia', 'precisó', 'manifestó', 'comentó', 'respondió', 'recordó', 'reconoció', 'escribió',
    'prometió', 'apuntó', 'expresó', 'sostuvo', 'ha dicho', 'ha afirmado', 'ha declarado', 'ha señalado', 'ha asegurado',
    'ha explicado', 'han dicho', 'se quejó', 'se lamentó', 'se preguntó', 'relató', 'contó', 'insistió en que',
  ],
  claims: ['acusó', 'acusa', 'acusan', 'acusaron', 'niegan', 'negaron', 'denuncian', 'negó', 'niega', 'alegó', 'alega', 'insistió', 'insiste', 'denunció', 'denuncia', 'rechazó', 'rechaza', 'argumentó', 'argumenta'],
  denials: ['negó', 'niega', 'niegan', 'negaron', 'rechazó', 'rechaza'],
  according: ['según', 'de acuerdo con', 'a juicio de'],
  complementisers: ['que'],
  titles: [
    'presidente', 'presidenta', 'primer', 'primera', 'ministro', 'ministra', 'secretario', 'secretaria', 'general',
    'portavoz', 'jefe', 'jefa', 'director', 'directora', 'embajador', 'embajadora', 'comisario', 'comisaria', 'juez',
    'jueza', 'alcalde', 'alcaldesa', 'diputado', 'diputada', 'senador', 'senadora', 'sr.', 'sra.', 'dr.', 'rey', 'reina',
    'papa', 'canciller', 'gobernador', 'gobernadora', 'fiscal', 'vicepresidente', 'vicepresidenta', 'asesor', 'asesora',
    'de exteriores', 'exteriores', 'del interior', 'interior', 'de defensa', 'defensa', 'homólogo', 'homóloga',
  ],
  organisations: [
    'ministerio', 'consejo', 'organización', 'agencia', 'partido', 'oficina', 'gobierno', 'unión', 'comisión', 'comité',
    'policía', 'ejército', 'kremlin', 'parlamento', 'congreso', 'senado', 'asamblea', 'tribunal', 'banco', 'empresa',
    'grupo', 'alianza', 'servicio', 'instituto', 'autoridad', 'federación', 'asociación', 'fundación', 'universidad',
    'embajada', 'moncloa', 'sindicato',
  ],
  personPronouns: ['él', 'ella'],
  organisationPronouns: [],
  determiners: ['el', 'la'],
  notNames: [
    'el', 'la', 'los', 'las', 'un', 'una', 'en', 'a', 'al', 'pero', 'y', 'o', 'si', 'cuando', 'tras', 'antes', 'como',
    'para', 'con', 'por', 'de', 'del', 'este', 'esta', 'él', 'ella', 'ellos', 'nosotros', 'yo', 'según', 'lunes', 'martes',
    'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'ayer', 'hoy', 'mañana', 'su', 'sus', 'sin', 'desde', 'durante',
  ],
  passive: ['fue', 'fueron', 'sido'],
  dateWords: [
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'ayer', 'anteayer', 'hoy', 'mañana', 'pasado mañana',
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
    'semana', 'mes', 'año', 'día', 'hace',
  ],
  scheduled: [
    'se reúne', 'se reúnen', 'comienza', 'comienzan', 'empieza', 'empiezan', 'abre', 'abren', 'cierra', 'cierran', 'reanuda',
    'reanudan', 'reabre', 'vota', 'votan', 'celebra', 'se celebra', 'entra en vigor', 'termina', 'terminan', 'arranca', 'llega',
    'llegan', 'visita', 'viaja', 'debate', 'decide', 'tiene lugar', 'sale', 'zarpa',
  ],
};
