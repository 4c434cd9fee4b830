/** The inline script of a map embed: the map's own element (view switching, `?metric=&period=`) and height messages. */
import './guardHistory';
import '../map/shanhaiMap';
import { startPostingHeight } from './postHeight';

startPostingHeight();
