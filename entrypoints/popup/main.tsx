import { takeEarlyReads } from './early';
import { mount } from './app';
import './style.css';

mount(document.getElementById('app')!, takeEarlyReads());
